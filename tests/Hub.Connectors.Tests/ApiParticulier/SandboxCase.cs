using System.Text.Json;
using Hub.Connectors.ApiParticulier;

namespace Hub.Connectors.Tests.ApiParticulier;

/// <summary>One API Particulier sandbox case (params → status + payload), copied from etalab/siade_staging_data.</summary>
public sealed record SandboxCase(ApiParticulierEndpoint Endpoint, string File, int Status, IReadOnlyDictionary<string, IReadOnlyList<string>> Params, string Payload)
{
    private static readonly string[] Known =
    [
        "nomNaissance", "nomUsage", "prenoms", "anneeDateNaissance", "moisDateNaissance", "jourDateNaissance",
        "sexeEtatCivil", "codeCogInseePaysNaissance", "codeCogInseeCommuneNaissance", "annee", "mois",
    ];

    public override string ToString() => $"{Endpoint.Segment()}/{File}";

    /// <summary>Parameters the typed client cannot send (the sandbox's own typos, e.g. <c>anneeDateDaissance</c>).</summary>
    public IReadOnlyList<string> UnsendableParams => [.. Params.Keys.Where(k => !Known.Contains(k))];

    public string? First(string name) => Params.TryGetValue(name, out var v) && v.Count > 0 ? v[0] : null;

    public int? Number(string name) => int.TryParse(First(name), out var n) ? n : null;

    public ApiParticulierIdentity Identity() => new()
    {
        NomNaissance = First("nomNaissance"),
        NomUsage = First("nomUsage"),
        Prenoms = Params.TryGetValue("prenoms", out var p) ? p : [],
        AnneeDateNaissance = Number("anneeDateNaissance"),
        MoisDateNaissance = Number("moisDateNaissance"),
        JourDateNaissance = Number("jourDateNaissance"),
        SexeEtatCivil = First("sexeEtatCivil"),
        CodeCogInseePaysNaissance = First("codeCogInseePaysNaissance"),
        CodeCogInseeCommuneNaissance = First("codeCogInseeCommuneNaissance"),
    };

    public static IReadOnlyList<SandboxCase> All { get; } = Load();

    /// <summary>Every case as (endpoint segment, file): strings keep each case a separate, named test.</summary>
    public static TheoryData<string, string> Theory()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in All)
        {
            data.Add(c.Endpoint.Segment(), c.File);
        }

        return data;
    }

    public static SandboxCase Find(string endpoint, string file) =>
        All.Single(c => c.Endpoint.Segment() == endpoint && c.File == file);

    private static List<SandboxCase> Load()
    {
        var folder = TestData.Folder(Path.Combine("ApiParticulier", "Sandbox"));
        var cases = new List<SandboxCase>();
        foreach (var endpoint in Enum.GetValues<ApiParticulierEndpoint>())
        {
            using var document = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(folder, endpoint.Segment() + ".json")));
            foreach (var item in document.RootElement.EnumerateArray())
            {
                var parameters = item.GetProperty("params").EnumerateObject().ToDictionary(
                    p => p.Name,
                    p => (IReadOnlyList<string>)(p.Value.ValueKind == JsonValueKind.Array ? [.. p.Value.EnumerateArray().Select(v => v.GetString()!)] : [p.Value.GetString()!]),
                    StringComparer.Ordinal);
                cases.Add(new SandboxCase(endpoint, item.GetProperty("file").GetString()!, item.GetProperty("status").GetInt32(), parameters, item.GetProperty("payload").GetString()!));
            }
        }

        return cases;
    }
}
