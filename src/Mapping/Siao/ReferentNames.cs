namespace Hub.Mapping.Siao;

/// <summary>
/// The canonical référent has one name ("Marc FISCHER"); the partners want nom and prénom. The upper-case words are the
/// family name (the convention of the partners' own files); when none is, the whole name goes to nom.
/// </summary>
internal static class ReferentNames
{
    public static (string Nom, string? Prenom) Split(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var family = words.Where(IsUpper).ToList();
        if (family.Count == 0 || family.Count == words.Length)
        {
            return (name.Trim(), null);
        }

        return (string.Join(' ', family), string.Join(' ', words.Where(w => !IsUpper(w))));
    }

    private static bool IsUpper(string word) => word.Any(char.IsLetter) && word.Where(char.IsLetter).All(char.IsUpper);
}
