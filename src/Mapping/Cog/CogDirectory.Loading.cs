using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Hub.Mapping.Cog;

public sealed partial class CogDirectory
{
    private CogDirectory(IReadOnlyList<CogCommune> communes, IReadOnlyList<CogMovement> movements, IReadOnlyDictionary<string, string> countries)
    {
        _current = communes.Where(c => c.IsCurrent).ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        // A delegated commune may share its code with its parent; the parent (current) wins in _current.
        _attached = communes.Where(c => !c.IsCurrent).DistinctBy(c => c.Code).ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        _byCodeBefore = Index(movements.Where(m => m.CodeBefore.Length > 0), m => m.CodeBefore);
        _byCodeAfter = Index(movements.Where(m => m.CodeAfter.Length > 0), m => m.CodeAfter);
        _countries = countries.ToFrozenDictionary(StringComparer.Ordinal);
        _byName = NameIndex(_current.Values.Select(c => (c.Name, c.Code)));
        var former = _attached.Values.Select(c => (c.Name, Code: c.Code))
            .Concat(movements.Where(m => m.CodeBefore.Length > 0).Select(m => (Name: m.NameBefore, Code: m.CodeBefore)));
        _byFormerName = NameIndex(former.Select(f => (f.Name, Code: CurrentCode(f.Code) ?? string.Empty)).Where(f => f.Code.Length > 0));
    }

    private static FrozenDictionary<string, CogMovement[]> Index(IEnumerable<CogMovement> movements, Func<CogMovement, string> key) =>
        movements.GroupBy(key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(m => m.Date).ToArray(), StringComparer.Ordinal);

    private static FrozenDictionary<string, string[]> NameIndex(IEnumerable<(string Name, string Code)> names)
    {
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, code) in names)
        {
            var normalized = CogNames.Normalize(name);
            foreach (var key in new[] { normalized, CogNames.WithoutArticle(normalized) }.Distinct())
            {
                if (!index.TryGetValue(key, out var codes))
                {
                    index[key] = codes = [];
                }

                if (!codes.Contains(code))
                {
                    codes.Add(code);
                }
            }
        }

        return index.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private static CogDirectory LoadEmbedded()
    {
        var communes = ReadRows("communes.tsv.gz").Select(r => new CogCommune(r[0], r[1], r[2], r[3].Length > 0 ? r[3] : null)).ToList();
        var movements = ReadRows("mouvements.tsv.gz").Select(r => new CogMovement(
            DateOnly.ParseExact(r[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), int.Parse(r[1], CultureInfo.InvariantCulture),
            r[2], r[3], r[4], r[5], r[6], r[7])).ToList();
        var countries = ReadRows("pays.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        return new CogDirectory(communes, movements, countries);
    }

    private static IEnumerable<string[]> ReadRows(string file)
    {
        var assembly = typeof(CogDirectory).Assembly;
        using var resource = assembly.GetManifestResourceStream($"cog/{file}")
            ?? throw new InvalidOperationException($"Embedded COG file cog/{file} is missing from {assembly.GetName().Name}.");
        using var stream = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(resource, CompressionMode.Decompress) : resource;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line.Split('\t');
            }
        }
    }
}
