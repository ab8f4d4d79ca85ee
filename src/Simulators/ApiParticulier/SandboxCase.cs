using System.Text.Json;

namespace Hub.Simulators.ApiParticulier;

/// <summary>
/// One case of the API Particulier sandbox (etalab/siade_staging_data): the query parameters that trigger it, and the
/// exact status and payload the staging environment answers.
/// </summary>
public sealed record SandboxCase(string Endpoint, string File, int Status, IReadOnlyDictionary<string, IReadOnlyList<string>> Params, string Payload);

/// <summary>The sandbox cases shipped in the assembly (converted from the YAML files by Generation/Data/build-data.py).</summary>
public static class SandboxCases
{
    /// <summary>API Particulier v3 DSS endpoints replayed (route segment after /v3/dss/).</summary>
    public static readonly IReadOnlyList<string> Endpoints =
    [
        "quotient_familial", "revenu_solidarite_active", "prime_activite", "allocation_adulte_handicape",
        "allocation_soutien_familial", "allocation_enfant_handicape", "participation_familiale_eaje", "complementaire_sante_solidaire",
    ];

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<SandboxCase>>> LazyAll = new(Load);

    public static IReadOnlyDictionary<string, IReadOnlyList<SandboxCase>> All => LazyAll.Value;

    public static IReadOnlyList<SandboxCase> For(string endpoint) => All.TryGetValue(endpoint, out var cases) ? cases : [];

    /// <summary>
    /// The case a request triggers: every parameter of the case must be in the request with the same value (case-insensitive;
    /// extra parameters such as recipient are ignored); the most specific case wins.
    /// </summary>
    public static SandboxCase? Match(string endpoint, IReadOnlyDictionary<string, IReadOnlyList<string>> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        SandboxCase? best = null;
        foreach (var candidate in For(endpoint))
        {
            var matches = candidate.Params.All(p => request.TryGetValue(p.Key, out var values) &&
                values.Count == p.Value.Count &&
                values.Zip(p.Value).All(v => string.Equals(v.First, v.Second, StringComparison.OrdinalIgnoreCase)));
            if (matches && (best is null || candidate.Params.Count > best.Params.Count))
            {
                best = candidate;
            }
        }

        return best;
    }

    private static Dictionary<string, IReadOnlyList<SandboxCase>> Load()
    {
        var all = new Dictionary<string, IReadOnlyList<SandboxCase>>(StringComparer.Ordinal);
        foreach (var endpoint in Endpoints)
        {
            using var stream = typeof(SandboxCases).Assembly.GetManifestResourceStream($"Hub.Simulators.Cases.{endpoint}.json")
                ?? throw new InvalidOperationException($"Sandbox cases of {endpoint} are missing from the assembly.");
            using var document = JsonDocument.Parse(stream);
            var cases = new List<SandboxCase>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                var parameters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
                foreach (var p in item.GetProperty("params").EnumerateObject())
                {
                    parameters[p.Name] = p.Value.ValueKind == JsonValueKind.Array
                        ? p.Value.EnumerateArray().Select(Text).ToList()
                        : [Text(p.Value)];
                }

                cases.Add(new SandboxCase(endpoint, item.GetProperty("file").GetString()!, item.GetProperty("status").GetInt32(), parameters, item.GetProperty("payload").GetString()!));
            }

            all[endpoint] = cases;
        }

        return all;
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
