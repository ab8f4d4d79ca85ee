using System.Globalization;

namespace Hub.Api.Features.Resources;

/// <summary>FHIR version tags: <c>W/"3"</c> (weak, as FHIR servers send them) or <c>"3"</c>.</summary>
internal static class ETags
{
    public static bool TryParseVersion(string? header, out long versionId)
    {
        versionId = 0;
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        var text = header.Trim();
        if (text.StartsWith("W/", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        return text.Length >= 3 && text[0] == '"' && text[^1] == '"'
            && long.TryParse(text.AsSpan(1, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out versionId)
            && versionId > 0;
    }
}
