print("  nameprint __name__ =", __name__)
if __name__ == "__main__":
    print("  should not print when imported")
def is_main():
    return __name__ == "__main__"
