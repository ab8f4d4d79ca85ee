using System.Runtime.CompilerServices;
using System.Text;

namespace Hub.Connectors.Tests.Siao.Csv;

/// <summary>The export samples of the contract (<c>schemas/external/siao/samples</c>), read from the repository.</summary>
internal static class CsvSamples
{
    public static string Folder([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "..", "schemas", "external", "siao", "samples"));

    public static Dictionary<string, ReadOnlyMemory<byte>> Files() =>
        Directory.EnumerateFiles(Folder(), "*.csv").ToDictionary(f => Path.GetFileName(f), f => (ReadOnlyMemory<byte>)File.ReadAllBytes(f));

    public static byte[] Utf8(string text, bool bom = false) =>
        bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);
}
