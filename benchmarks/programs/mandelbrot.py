# mandelbrot: escape-time iteration over a SIZE x SIZE grid of the complex
# plane [-1.5, 0.5] x [-1, 1], in the benchmarks-game shape: pixels packed
# eight to a byte, and a checksum of the bytes instead of the PBM image.
# Pure float arithmetic in a tight loop.
# bench-short: SIZE=120

SIZE = 400
MAX_ITER = 50


def mandelbrot(size):
    checksum = 0
    inside = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        byte = 0
        bit = 0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            zr = 0.0
            zi = 0.0
            tr = 0.0
            ti = 0.0
            i = 0
            while i < MAX_ITER and tr + ti <= 4.0:
                zi = 2.0 * zr * zi + ci
                zr = tr - ti + cr
                tr = zr * zr
                ti = zi * zi
                i += 1
            byte <<= 1
            if tr + ti <= 4.0:
                byte |= 1
                inside += 1
            bit += 1
            if bit == 8:
                checksum = (checksum * 31 + byte) % 1000000007
                byte = 0
                bit = 0
        if bit:
            byte <<= 8 - bit
            checksum = (checksum * 31 + byte) % 1000000007
    return checksum, inside


checksum, inside = mandelbrot(SIZE)
print(SIZE, inside, checksum)
