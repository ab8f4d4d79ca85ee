namespace Hub.Canonical.Validation;

/// <summary>Turns NJsonSchema's JSON-pointer-like paths (<c>#/member[0].role</c>) into FHIRPath-like expressions.</summary>
internal static class SchemaPath
{
    public static string ToExpression(string resourceType, string? validatorPath)
    {
        if (string.IsNullOrEmpty(validatorPath) || validatorPath == "#")
        {
            return resourceType;
        }

        var path = validatorPath.StartsWith("#/", StringComparison.Ordinal) ? validatorPath[2..] : validatorPath.TrimStart('#');
        path = path.Replace('/', '.');
        return path.Length == 0 ? resourceType : $"{resourceType}.{path}";
    }
}
