def main():
    