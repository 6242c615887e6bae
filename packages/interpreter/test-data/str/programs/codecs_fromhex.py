print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex(" 0x1.fffffffffffffp+1023 "), float.fromhex("inf"), float.fromhex("0x.8"), float.fromhex("1"), float.fromhex("0x1.00000000000008p0"), float.fromhex("0x1.00000000000018p0"))
for t in ["0x1p1024", "zz", "", "0x", "0x1.p"]:
    try: print(float.fromhex(t))
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
print(float.fromhex((1.1).hex()) == 1.1, float.fromhex("0x0.0000000000001p-1022"), float.fromhex("0x1p-1075"), float.fromhex("0x1.1p-1075"))
print(int(b"12"), int(b" -7 "), int(b"ff", 16), int(bytearray(b"10"), 2))
print("a€😀".encode("utf-16"), "a€😀".encode("utf-16-be"), "a😀".encode("utf-32"), "a😀".encode("utf-32-be"), "€".encode("utf-16-le"))
print(b"\xfe\xff\x00a".decode("utf-16"), b"\xff\xfea\x00".decode("utf-16"), b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32"), "a😀".encode("utf-16").decode("utf-16"))
for e in ['b"a".decode("utf-16")', 'b"\\x00\\xd8a\\x00".decode("utf-16-le")', 'b"\\x00\\xdca\\x00".decode("utf-16-le")', '"\\ud800".encode("utf-16")', 'b"\\x00\\x00\\x11\\x00".decode("utf-32-le")']:
    try: print(eval(e))
    except UnicodeError as ex: print(type(ex).__name__, ex)
