using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.Connectors.ApiParticulier;

namespace Hub.Mapping.Tests.ApiParticulier;

/// <summary>The API Particulier sandbox cases copied beside these tests (ApiParticulier/Sandbox, see its SOURCE.md).</summary>
internal static class SandboxCases
{
    public static IReadOnlyList<(ApiParticulierEndpoint Endpoint, string File, int Status, string Payload)> All { get; } = Load();

    public static TheoryData<string, string> Theory()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in All)
        {
            data.Add(c.Endpoint.Segment(), c.File);
        }

        return data;
    }

    public static (ApiParticulierEndpoint Endpoint, string File, int Status, string Payload) Find(string endpoint, string file) =>
        All.Single(c => c.Endpoint.Segment() == endpoint && c.File == file);

    private static List<(ApiParticulierEndpoint, string, int, string)> Load([CallerFilePath] string thisFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(thisFile)!, "Sandbox");
        var cases = new List<(ApiParticulierEndpoint, string, int, string)>();
        foreach (var endpoint in Enum.GetValues<ApiParticulierEndpoint>())
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, endpoint.Segment() + ".json")));
            foreach (var item in document.RootElement.EnumerateArray())
            {
                cases.Add((endpoint, item.GetProperty("file").GetString()!, item.GetProperty("status").GetInt32(), item.GetProperty("payload").GetString()!));
            }
        }

        return cases;
    }
}
