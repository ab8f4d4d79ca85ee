namespace Hub.Identity.Normalisation;

/// <summary>
/// Whether two strings are at most one keying error apart (one letter replaced, inserted, dropped, or two neighbours
/// exchanged). Jaro–Winkler is harsh on short names (LEA / LFA scores 0.78), this is not.
/// </summary>
public static class EditDistance
{
    /// <summary>True when equal or one edit apart (Damerau: substitution, insertion, deletion, adjacent transposition).</summary>
    public static bool AtMostOne(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        var restA = a[prefix..];
        var restB = b[prefix..];
        if (a.Length == b.Length)
        {
            return restA[1..].SequenceEqual(restB[1..]) ||
                   (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]));
        }

        return a.Length > b.Length ? restA[1..].SequenceEqual(restB) : restA.SequenceEqual(restB[1..]);
    }
}
