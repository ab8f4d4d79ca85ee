using System.Globalization;
using System.Text;

namespace Hub.Identity.Normalisation;

/// <summary>
/// Folds French text to the form names are compared in: upper-case A–Z, accents dropped (É → E, Ç → C), ligatures
/// expanded (Œ → OE, Æ → AE, ß → SS), hyphens, apostrophes and dots read as spaces, spaces collapsed.
/// </summary>
public static class FrenchText
{
    /// <summary>The folded text; empty for null or blank.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        if (IsFolded(text))
        {
            return text;
        }

        // Decomposition is only needed beyond ASCII; most source names are already upper-case ASCII.
        var source = IsAscii(text) ? text : text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(source.Length);
        var pendingSpace = false;
        foreach (var c in source)
        {
            var mapped = Map(c);
            if (mapped.IsEmpty)
            {
                continue;
            }

            if (mapped[0] == ' ')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            if (mapped.Length == 1 && mapped[0] == '\0')
            {
                builder.Append(c is >= 'a' and <= 'z' ? (char)(c - 32) : char.ToUpperInvariant(c));
            }
            else
            {
                builder.Append(mapped);
            }
        }

        return builder.ToString();
    }

    // "\0" means "the character itself, upper-cased"; empty means "drop"; " " means "separator". No allocation per char.
    private static ReadOnlySpan<char> Map(char c)
    {
        if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
        {
            return "\0";
        }

        switch (c)
        {
            case 'Œ' or 'œ':
                return "OE";
            case 'Æ' or 'æ':
                return "AE";
            case 'ß':
                return "SS";
            case 'Ø' or 'ø':
                return "O";
            case 'Ł' or 'ł':
                return "L";
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            return [];
        }

        // A letter outside Latin (a transliteration left by a source) is kept upper-cased; hyphens, apostrophes
        // (' ’ ʼ), dots, commas, digits and the rest separate words.
        return char.IsLetter(c) ? "\0" : " ";
    }

    // Already upper-case A–Z words separated by single spaces: the common case, returned without copying.
    private static bool IsFolded(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= 'A' and <= 'Z')
            {
                continue;
            }

            if (c != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > 127)
            {
                return false;
            }
        }

        return true;
    }
}
