x = f'a } b'
