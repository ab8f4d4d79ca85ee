namespace Hub.Storage.Resources;

/// <summary>A FHIR token search value: <c>system|value</c>, <c>value</c> (any system) or <c>system|</c> (any value).</summary>
public sealed record IdentifierToken(string? System, string? Value)
{
    public static bool TryParse(string? text, out IdentifierToken token)
    {
        token = new IdentifierToken(null, null);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var bar = text.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0)
        {
            token = new IdentifierToken(null, text);
            return true;
        }

        var system = text[..bar];
        var value = text[(bar + 1)..];
        if (system.Length == 0 && value.Length == 0)
        {
            return false;
        }

        token = new IdentifierToken(system.Length == 0 ? null : system, value.Length == 0 ? null : value);
        return true;
    }
}
