namespace Hub.Canonical.Tests.TestSupport;

/// <summary>The examples, <c>examples/&lt;ResourceType&gt;/&lt;name&gt;.json</c>, as xUnit theory data.</summary>
internal static class ExampleFiles
{
    public static IEnumerable<(string ResourceType, string Name)> All =>
        Directory.EnumerateFiles(TestPaths.Examples, "*.json", SearchOption.AllDirectories)
            .Select(static f => (Path.GetFileName(Path.GetDirectoryName(f)!), Path.GetFileNameWithoutExtension(f)))
            .Order();

    public static TheoryData<string, string> Theory
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (resourceType, name) in All)
            {
                data.Add(resourceType, name);
            }

            return data;
        }
    }

    public static string Read(string resourceType, string name) =>
        File.ReadAllText(Path.Combine(TestPaths.Examples, resourceType, name + ".json"));
}
