using System.Text.Json.Nodes;

namespace Hub.Api.Console;

/// <summary>How the console writes a person and a record's identifiers.</summary>
public static class PersonText
{
    /// <summary>"DUPONT (née MARTIN) Camille, née le 12/03/1984".</summary>
    public static string NameAndBirth(JsonNode? person)
    {
        var name = person?["name"];
        var birthName = name?["birthName"]?.GetValue<string>();
        var usageName = name?["usageName"]?.GetValue<string>();
        var first = name?["usedFirstName"]?.GetValue<string>() ?? name?["firstNames"]?.AsArray().FirstOrDefault()?.GetValue<string>();
        var family = usageName is { Length: > 0 } && usageName != birthName ? $"{usageName} (naissance : {birthName})" : birthName ?? usageName ?? "(sans nom)";
        var birth = person?["birthDate"]?.GetValue<string>();
        return $"{family} {first}".Trim() + (birth is null ? string.Empty : $", né(e) le {Fr.FhirDate(birth)}");
    }

    public static string Identifiers(JsonNode? resource)
    {
        var identifiers = resource?["identifier"]?.AsArray().Select(i => Identifier(i?["system"]?.GetValue<string>(), i?["value"]?.GetValue<string>())).ToList();
        return identifiers is { Count: > 0 } ? string.Join(" ; ", identifiers) : "—";
    }

    /// <summary>The identifier system's French label (systeme-identifiant) and the value.</summary>
    public static string Identifier(string? system, string? value) =>
        $"{CodeLabels.Label("systeme-identifiant", system, system)} : {value}";
}
