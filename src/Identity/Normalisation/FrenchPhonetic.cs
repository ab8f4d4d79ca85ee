using System.Text;

namespace Hub.Identity.Normalisation;

/// <summary>
/// A phonetic key for French names, written for this hub (in the spirit of Phonex and the French Soundex variants,
/// not a copy of either). It works on folded text (<see cref="FrenchText.Fold"/>) and codes sounds, not spellings:
/// <list type="bullet">
/// <item>Y → I first; a final -AULT/-AULD → AU. CH/SCH/SH → X; PH → F; TH → T; QU/Q/CK → K; C before E/I → S, otherwise K; G before E/I → J; GU before
/// E/I → G; GN → NI; Z → S; W → V; H is silent.</item>
/// <item>Vowel groups: EAU/AU/O → O; OU → U; OI → OA; AI/EI → E; final ER/EZ/ET → E.</item>
/// <item>Nasals, when not followed by a vowel or by N/M: AN/AM/EN/EM → 2 (the "an" sound); IN/IM/AIN/EIN/UN/UM → 1;
/// ON/OM → 3.</item>
/// <item>Repeated codes collapse (LL → L); then the silent final consonants S, T, D, X and a final mute E are dropped.</item>
/// </list>
/// So LAURENT and LORANT give LOR2, DUBOIS and DUBOI give DUBOA, MARTIN (MART1) stays apart from MARTINE (MARTIN).
/// </summary>
public static class FrenchPhonetic
{
    /// <summary>The phonetic key of a (folded or raw) name; spaces are ignored.</summary>
    public static string Encode(string? name) => EncodeFolded(FrenchText.Fold(name));

    /// <summary>The key of text already folded (<see cref="FrenchText.Fold"/>): the hot path folds once.</summary>
    public static string EncodeFolded(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        // Y sounds as I (MEYER = MAYER = MEIER); a final -AULT/-AULD is silent after the O (RENAULT = RENAUD).
        var text = folded.Replace(" ", string.Empty, StringComparison.Ordinal).Replace('Y', 'I');
        if (text.EndsWith("AULT", StringComparison.Ordinal) || text.EndsWith("AULD", StringComparison.Ordinal))
        {
            text = text[..^4] + "AU";
        }

        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            i += Step(text, i, output);
        }

        Collapse(output);
        while (output.Length > 1 && output[^1] is 'S' or 'T' or 'D' or 'X')
        {
            output.Length--;
        }

        if (output.Length > 2 && output[^1] == 'E')
        {
            output.Length--;
        }

        return output.ToString();
    }

    /// <summary>A 64-bit FNV-1a hash of <see cref="Encode"/>, for compact indexes (0 means "no name").</summary>
    public static ulong Hash(string? name) => HashOf(Encode(name));

    /// <summary><see cref="Hash"/> of text already folded.</summary>
    public static ulong HashFolded(string folded) => HashOf(EncodeFolded(folded));

    /// <summary>FNV-1a of a key, 0 for an empty key.</summary>
    public static ulong HashOf(string key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return 0;
        }

        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash == 0 ? 1 : hash;
    }

    private static int Step(string s, int i, StringBuilder o)
    {
        var c = s[i];
        if (Starts(s, i, "SCH"))
        {
            return Emit(o, "X", 3);
        }

        if (Starts(s, i, "CH") || Starts(s, i, "SH"))
        {
            return Emit(o, "X", 2);
        }

        if (Starts(s, i, "PH"))
        {
            return Emit(o, "F", 2);
        }

        if (Starts(s, i, "TH"))
        {
            return Emit(o, "T", 2);
        }

        if (Starts(s, i, "QU") || Starts(s, i, "CK"))
        {
            return Emit(o, "K", 2);
        }

        if (Starts(s, i, "GU") && IsSoft(At(s, i + 2)))
        {
            return Emit(o, "G", 2);
        }

        if (Starts(s, i, "GN"))
        {
            return Emit(o, "NI", 2);
        }

        if (Starts(s, i, "EAU"))
        {
            return Emit(o, "O", 3);
        }

        if (Starts(s, i, "AU"))
        {
            return Emit(o, "O", 2);
        }

        if (Starts(s, i, "OU"))
        {
            return Emit(o, "U", 2);
        }

        if (Starts(s, i, "OI"))
        {
            return Emit(o, "OA", 2);
        }

        if ((Starts(s, i, "AIN") || Starts(s, i, "EIN")) && Nasal(s, i + 3))
        {
            return Emit(o, "1", 3);
        }

        if (Starts(s, i, "AI") || Starts(s, i, "EI"))
        {
            return Emit(o, "E", 2);
        }

        if (c == 'E' && i + 2 == s.Length && At(s, i + 1) is 'R' or 'Z' or 'T')
        {
            return Emit(o, "E", 2);
        }

        if (c is 'A' or 'E' or 'I' or 'Y' or 'U' or 'O' && At(s, i + 1) is 'N' or 'M' && Nasal(s, i + 2))
        {
            return Emit(o, c switch { 'A' or 'E' => "2", 'O' => "3", _ => "1" }, 2);
        }

        return c switch
        {
            'C' => Emit(o, IsSoft(At(s, i + 1)) ? "S" : "K", 1),
            'G' => Emit(o, IsSoft(At(s, i + 1)) ? "J" : "G", 1),
            'Q' => Emit(o, "K", 1),
            'Z' => Emit(o, "S", 1),
            'W' => Emit(o, "V", 1),
            'Y' => Emit(o, "I", 1),
            'X' => Emit(o, i + 1 == s.Length ? "X" : "KS", 1),
            'H' => 1,
            _ => Emit(o, c),
        };
    }

    // A nasal vowel is one whose N/M is followed by a consonant other than N/M, or ends the word (ANNE is not nasal).
    private static bool Nasal(string s, int next) => next >= s.Length || !IsVowel(s[next]) && s[next] is not ('N' or 'M' or 'H');

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';

    private static bool IsSoft(char c) => c is 'E' or 'I' or 'Y';

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static bool Starts(string s, int i, string pattern) => string.CompareOrdinal(s, i, pattern, 0, pattern.Length) == 0;

    private static int Emit(StringBuilder o, char code)
    {
        o.Append(code);
        return 1;
    }

    private static int Emit(StringBuilder o, string code, int consumed)
    {
        o.Append(code);
        return consumed;
    }

    private static void Collapse(StringBuilder o)
    {
        var write = 0;
        for (var read = 0; read < o.Length; read++)
        {
            if (write == 0 || o[read] != o[write - 1])
            {
                o[write++] = o[read];
            }
        }

        o.Length = write;
    }
}
