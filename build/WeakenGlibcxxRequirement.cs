using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>
/// Marks the GLIBCXX_3.4.32 entry of libLibTorchSharp.so's SHT_GNU_verneed section as weak, so that the
/// dynamic loader accepts the library on systems with an older libstdc++ (see LibTorchSharpGlibcxxFix.targets).
/// </summary>
public sealed class WeakenGlibcxxRequirement : Task
{
    const string NeededVersion = "GLIBCXX_3.4.32";
    const uint ShtGnuVerneed = 0x6ffffffe;
    const ushort VerFlgWeak = 2;

    [Required] public string OutputDirectory { get; set; } = "";

    public override bool Execute()
    {
        if (SystemLibstdcxxHasVersion()) return true;
        foreach (var path in LibrariesUnder(OutputDirectory))
        {
            var bytes = File.ReadAllBytes(path);
            if (Weaken(bytes))
            {
                File.WriteAllBytes(path, bytes);
                Log.LogMessage(MessageImportance.High, $"Marked {NeededVersion} weak in {path} (system libstdc++ is older).");
            }
        }
        return true;
    }

    static string[] LibrariesUnder(string dir) =>
        Directory.Exists(dir) ? Directory.GetFiles(dir, "libLibTorchSharp.so", SearchOption.AllDirectories) : new string[0];

    static bool SystemLibstdcxxHasVersion()
    {
        string[] candidates = {
            "/lib/x86_64-linux-gnu/libstdc++.so.6", "/usr/lib/x86_64-linux-gnu/libstdc++.so.6",
            "/lib/aarch64-linux-gnu/libstdc++.so.6", "/usr/lib/aarch64-linux-gnu/libstdc++.so.6",
            "/usr/lib64/libstdc++.so.6", "/usr/lib/libstdc++.so.6" };
        var marker = Encoding.ASCII.GetBytes(NeededVersion + "\0");
        foreach (var c in candidates)
            if (File.Exists(c)) return IndexOf(File.ReadAllBytes(c), marker) >= 0;
        return true; // unknown layout: leave the library as shipped
    }

    /// <summary>Sets VER_FLG_WEAK on the needed-version entry; returns false when nothing had to change.</summary>
    static bool Weaken(byte[] d)
    {
        if (d.Length < 64 || d[0] != 0x7f || d[1] != (byte)'E' || d[4] != 2) return false; // ELF64 only
        long shoff = BitConverter.ToInt64(d, 0x28);
        int shentsize = BitConverter.ToUInt16(d, 0x3A), shnum = BitConverter.ToUInt16(d, 0x3C);
        bool changed = false;
        for (int i = 0; i < shnum; i++)
        {
            long sh = shoff + (long)i * shentsize;
            if (BitConverter.ToUInt32(d, (int)sh + 4) != ShtGnuVerneed) continue;
            long offset = BitConverter.ToInt64(d, (int)sh + 24);
            int link = BitConverter.ToInt32(d, (int)sh + 40), count = BitConverter.ToInt32(d, (int)sh + 44);
            long strtab = BitConverter.ToInt64(d, (int)(shoff + (long)link * shentsize) + 24);
            long vn = offset;
            for (int n = 0; n < count; n++)
            {
                int cnt = BitConverter.ToUInt16(d, (int)vn + 2);
                long va = vn + BitConverter.ToUInt32(d, (int)vn + 8);
                for (int a = 0; a < cnt; a++)
                {
                    int flagsAt = (int)va + 4;
                    long nameAt = strtab + BitConverter.ToUInt32(d, (int)va + 8);
                    if (CStringAt(d, nameAt) == NeededVersion && (BitConverter.ToUInt16(d, flagsAt) & VerFlgWeak) == 0)
                    {
                        ushort flags = (ushort)(BitConverter.ToUInt16(d, flagsAt) | VerFlgWeak);
                        d[flagsAt] = (byte)flags; d[flagsAt + 1] = (byte)(flags >> 8);
                        changed = true;
                    }
                    va += BitConverter.ToUInt32(d, (int)va + 12);
                }
                uint next = BitConverter.ToUInt32(d, (int)vn + 12);
                if (next == 0) break;
                vn += next;
            }
        }
        return changed;
    }

    static string CStringAt(byte[] d, long at)
    {
        int end = (int)at;
        while (end < d.Length && d[end] != 0) end++;
        return Encoding.ASCII.GetString(d, (int)at, end - (int)at);
    }

    static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (int i = 0; i <= haystack.Length - needle.Length; i++)
        {
            int j = 0;
            while (j < needle.Length && haystack[i + j] == needle[j]) j++;
            if (j == needle.Length) return i;
        }
        return -1;
    }
}
