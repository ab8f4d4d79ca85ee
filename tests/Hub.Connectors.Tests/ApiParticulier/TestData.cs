using System.Runtime.CompilerServices;

namespace Hub.Connectors.Tests.ApiParticulier;

/// <summary>
/// Test data lives beside the tests in the repository (this project copies nothing to its output): found from this
/// file's compile-time path, or by walking up from the binaries when the path was remapped.
/// </summary>
internal static class TestData
{
    public static string Folder(string relative, [CallerFilePath] string thisFile = "")
    {
        var project = Path.GetDirectoryName(Path.GetDirectoryName(thisFile))!;
        var candidate = Path.Combine(project, relative);
        if (Directory.Exists(candidate))
        {
            return candidate;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            candidate = Path.Combine(dir.FullName, "tests", "Hub.Connectors.Tests", relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"Test data folder {relative} not found.");
    }
}
