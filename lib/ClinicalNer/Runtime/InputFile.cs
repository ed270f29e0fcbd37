using System.Globalization;
using System.Runtime.InteropServices;

namespace ClinicalNer.Runtime;

/// <summary>
/// The one gate that every file the workbench reads passes before a parser or native code sees a byte of it:
/// corpora, CoNLL files, run files and checkpoints. The file must exist, be a regular file (a FIFO blocks a read
/// forever, a device such as <c>/dev/zero</c> never ends), be no larger than its reader can hold, and be readable
/// by this user. Each problem is raised as an exception whose message is one line, <c>FILE: problem</c>, which the
/// command line prints as it is.
/// </summary>
public static class InputFile
{
    /// <summary>
    /// The largest text file read whole: a .NET string holds at most 2^30 characters, and a corpus file near that
    /// size is a mistake (the n2c2 training set is about 25 MB).
    /// </summary>
    public const long MaxTextBytes = 512L << 20;

    /// <summary>Checks that <paramref name="path"/> is a regular file of at most <paramref name="maxBytes"/> bytes; returns its length.</summary>
    /// <exception cref="FileNotFoundException">Nothing is there.</exception>
    /// <exception cref="InvalidDataException">A folder, a FIFO, a device or a socket, or a file over the limit.</exception>
    /// <exception cref="IOException">A folder on the way may not be searched by this user (<c>FILE: permission denied</c>).</exception>
    public static long Check(string path, long maxBytes = MaxTextBytes)
    {
        var (kind, length) = Stat(path);
        if (kind is null) throw new FileNotFoundException($"{path}: no such file", path);
        if (kind != Kind.Regular) throw new InvalidDataException($"{path}: {Describe(kind.Value)}, not a regular file");
        if (length > maxBytes)
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}: {length:N0} bytes, over the {maxBytes:N0} that such a file may have"));
        return length;
    }

    /// <summary>Opens <paramref name="path"/> for reading once <see cref="Check"/> passed.</summary>
    /// <exception cref="IOException">This user may not read it (<c>FILE: permission denied</c>), or a check failed.</exception>
    public static FileStream OpenRead(string path, long maxBytes = MaxTextBytes)
    {
        Check(path, maxBytes);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IOException($"{path}: permission denied", e);
        }
    }

    /// <summary>The bytes of <paramref name="path"/>.</summary>
    public static byte[] ReadAllBytes(string path, long maxBytes = MaxTextBytes)
    {
        using var stream = OpenRead(path, maxBytes);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The text of <paramref name="path"/>, decoded as <see cref="File.ReadAllText(string)"/> does (UTF-8 unless a BOM says otherwise).</summary>
    public static string ReadAllText(string path)
    {
        using var reader = new StreamReader(OpenRead(path), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>The lines of <paramref name="path"/>, decoded and split as <see cref="File.ReadAllLines(string)"/> does.</summary>
    public static string[] ReadAllLines(string path)
    {
        using var reader = new StreamReader(OpenRead(path), detectEncodingFromByteOrderMarks: true);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return [.. lines];
    }

    /// <summary>The files of <paramref name="folder"/> matching <paramref name="pattern"/>, in ordinal name order.</summary>
    /// <exception cref="DirectoryNotFoundException">No such folder.</exception>
    /// <exception cref="IOException">This user may not list it (<c>FOLDER: permission denied</c>).</exception>
    public static string[] List(string folder, string pattern)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{folder}: no such folder");
        try
        {
            return [.. Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal)];
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IOException($"{folder}: permission denied", e);
        }
    }

    enum Kind { Regular, Directory, Fifo, CharacterDevice, BlockDevice, Socket, Other }

    static string Describe(Kind kind) => kind switch
    {
        Kind.Directory => "a folder",
        Kind.Fifo => "a FIFO (named pipe)",
        Kind.CharacterDevice => "a character device",
        Kind.BlockDevice => "a block device",
        Kind.Socket => "a socket",
        _ => "a special file",
    };

    /// <summary>
    /// The kind and length of what <paramref name="path"/> names, links followed (null kind: nothing). .NET tells
    /// neither a FIFO nor a device from an empty file, so on Linux the kind comes from <c>statx(2)</c>, whose buffer
    /// layout, unlike <c>struct stat</c>'s, is the same on every architecture.
    /// </summary>
    static (Kind? Kind, long Length) Stat(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            if (Native.statx(Native.AtCurrentDirectory, path, 0, Native.TypeAndSize, out var status) != 0)
                return Marshal.GetLastPInvokeError() == Native.PermissionDenied ? throw new IOException($"{path}: permission denied") : (null, 0);
            return ((status.Mode & 0xF000) switch
            {
                0x8000 => Kind.Regular,
                0x4000 => Kind.Directory,
                0x1000 => Kind.Fifo,
                0x2000 => Kind.CharacterDevice,
                0x6000 => Kind.BlockDevice,
                0xC000 => Kind.Socket,
                _ => Kind.Other,
            }, (long)status.Size);
        }
        if (Directory.Exists(path)) return (Kind.Directory, 0);
        if (!File.Exists(path)) return (null, 0);
        var target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        return (Kind.Regular, new FileInfo(target).Length);
    }

    static class Native
    {
        public const int AtCurrentDirectory = -100;
        public const uint TypeAndSize = 0x1 | 0x200; // STATX_TYPE | STATX_SIZE
        public const int PermissionDenied = 13; // EACCES: a folder on the way may not be searched

        [DllImport("libc", SetLastError = true)]
        public static extern int statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);
    }

    /// <summary>The fields of <c>struct statx</c> used here (256 bytes in all).</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    struct StatxBuffer
    {
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(40)] public ulong Size;
    }
}
