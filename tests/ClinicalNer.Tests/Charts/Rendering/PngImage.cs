using System.Buffers.Binary;
using System.IO.Compression;

namespace ClinicalNer.Tests.Charts.Rendering;

/// <summary>A decoded 8-bit, non-interlaced PNG (greyscale, RGB or RGBA, as browsers write them), for checking pixels.</summary>
public sealed class PngImage
{
    readonly byte[] _pixels;
    readonly int _channels;

    PngImage(int width, int height, int channels, byte[] pixels) => (Width, Height, _channels, _pixels) = (width, height, channels, pixels);

    public int Width { get; }
    public int Height { get; }

    /// <summary>The red, green and blue of pixel (x, y).</summary>
    public (byte R, byte G, byte B) this[int x, int y]
    {
        get
        {
            var i = (y * Width + x) * _channels;
            return _channels < 3 ? (_pixels[i], _pixels[i], _pixels[i]) : (_pixels[i], _pixels[i + 1], _pixels[i + 2]);
        }
    }

    /// <summary>Pixels within <paramref name="tolerance"/> of the colour in every channel.</summary>
    public int Count((byte R, byte G, byte B) colour, int tolerance = 3)
    {
        var n = 0;
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
            {
                var p = this[x, y];
                if (Math.Abs(p.R - colour.R) <= tolerance && Math.Abs(p.G - colour.G) <= tolerance && Math.Abs(p.B - colour.B) <= tolerance) n++;
            }
        return n;
    }

    public static PngImage Read(string path)
    {
        var file = File.ReadAllBytes(path);
        Assert.True(file.AsSpan(0, 8).SequenceEqual(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }), $"{path} is not a PNG");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);   // bit depth
                Assert.Equal(0, data[12]);  // not interlaced
                channels = data[9] switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, var c => throw new NotSupportedException($"PNG colour type {c}") };
            }
            else if (type == "IDAT") idat.Write(data);
            at += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress)) zlib.CopyTo(inflated);
        return new PngImage(width, height, channels, Unfilter(inflated.ToArray(), width, height, channels));
    }

    /// <summary>Undoes the per-row filters of PNG (none, sub, up, average, Paeth).</summary>
    static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var src = raw.AsSpan(y * (stride + 1) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            var up = y > 0 ? pixels.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (var i = 0; i < stride; i++)
            {
                int a = i >= bpp ? row[i - bpp] : 0, b = up[i], c = i >= bpp ? up[i - bpp] : 0;
                row[i] = (byte)(src[i] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new NotSupportedException($"PNG filter {filter}"),
                });
            }
        }
        return pixels;
    }

    static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
