using System.Globalization;
using System.Text;

namespace Hub.Mapping.Cog;

/// <summary>
/// Normalises commune names for lookup: sources type "ST LOUIS", "Saint-Louis" or "saint louis" for the same place, with
/// or without accents and articles.
/// </summary>
internal static class CogNames
{
    private static readonly string[] Articles = ["LE ", "LA ", "LES ", "L "];

    public static string Normalize(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        var words = builder.ToString().TrimEnd().Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = words[i] switch
            {
                "ST" => "SAINT",
                "STE" => "SAINTE",
                _ => words[i],
            };
        }

        return string.Join(' ', words);
    }

    /// <summary>The name without its leading article, so "La Wantzenau" is found as "Wantzenau" too.</summary>
    public static string WithoutArticle(string normalized)
    {
        foreach (var article in Articles)
        {
            if (normalized.StartsWith(article, StringComparison.Ordinal) && normalized.Length > article.Length)
            {
                return normalized[article.Length..];
            }
        }

        return normalized;
    }
}
