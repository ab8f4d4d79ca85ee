using Hub.Canonical.Validation;

namespace Hub.Canonical.Tests.TestSupport;

/// <summary>Where the schemas, code systems and examples are copied beside the test binaries.</summary>
internal static class TestPaths
{
    public static string Schemas => CanonicalSchemaSet.DefaultDirectory;

    public static string Codes => Path.Combine(Schemas, "codes");

    // Copied by this project's own <Content> item (LinkBase="examples").
    public static string Examples => Path.Combine(AppContext.BaseDirectory, "examples");
}
