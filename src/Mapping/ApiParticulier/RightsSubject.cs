using Hub.Canonical.Model;

namespace Hub.Mapping.ApiParticulier;

/// <summary>Whose rights an answer is about: the person asked for, and their household for household-level rights (QF).</summary>
public sealed record RightsSubject(Reference Person, Reference? Household = null)
{
    /// <summary>A short key of the subject for provenance and source references (a hub reference, never identity traits).</summary>
    internal string Key => Person.ReferenceValue
        ?? (Person.Identifier is { } id ? $"{id.System}|{id.Value}" : Person.Display ?? "unknown-person");
}
