using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hub.Simulators.Hosting;

/// <summary>
/// The checks of the push bodies that decide 400 vs 2xx: required fields, enums, dates, patterns. Not a full JSON
/// Schema validator (the hub's own tests do that with NJsonSchema); enough to answer like a strict partner.
/// </summary>
internal sealed partial class Validation(JsonElement root)
{
    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public bool Ok => _errors.Count == 0;

    public JsonElement Root { get; } = root;

    public string? String(string path, bool required = false, string[]? allowed = null, Regex? pattern = null) =>
        StringAt(Root, path, path, required, allowed, pattern);

    public string? StringAt(JsonElement parent, string name, string path, bool required = false, string[]? allowed = null, Regex? pattern = null)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                _errors.Add(new FieldError(path, "obligatoire"));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            _errors.Add(new FieldError(path, "chaîne attendue"));
            return null;
        }

        var text = value.GetString()!;
        if (allowed is not null && !allowed.Contains(text, StringComparer.Ordinal))
        {
            _errors.Add(new FieldError(path, $"valeur inconnue : {text}"));
        }

        if (pattern is not null && !pattern.IsMatch(text))
        {
            _errors.Add(new FieldError(path, "format invalide"));
        }

        return text;
    }

    public DateOnly? Date(string name, bool required = false) => DateAt(Root, name, name, required);

    public DateOnly? DateAt(JsonElement parent, string name, string path, bool required = false)
    {
        var text = StringAt(parent, name, path, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _errors.Add(new FieldError(path, "format attendu AAAA-MM-JJ"));
        return null;
    }

    public DateTimeOffset? Timestamp(string name, bool required = false)
    {
        var text = String(name, required);
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) && text.Contains('T', StringComparison.Ordinal))
        {
            return value;
        }

        _errors.Add(new FieldError(name, "date-heure RFC 3339 attendue"));
        return null;
    }

    public JsonElement? Object(string name, bool required = false) => ObjectAt(Root, name, name, required);

    public JsonElement? ObjectAt(JsonElement parent, string name, string path, bool required = false)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                _errors.Add(new FieldError(path, "obligatoire"));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            _errors.Add(new FieldError(path, "objet attendu"));
            return null;
        }

        return value;
    }

    public List<JsonElement>? Array(string name, bool required = false, int minItems = 0)
    {
        if (!Root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                _errors.Add(new FieldError(name, "obligatoire"));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            _errors.Add(new FieldError(name, "tableau attendu"));
            return null;
        }

        var items = value.EnumerateArray().ToList();
        if (items.Count < minItems)
        {
            _errors.Add(new FieldError(name, $"au moins {minItems} élément(s)"));
        }

        return items;
    }

    public void Fail(string path, string message) => _errors.Add(new FieldError(path, message));

    [GeneratedRegex(@"^(\d{5}|2[AB]\d{3})$")]
    public static partial Regex CommuneCode();

    [GeneratedRegex(@"^99\d{3}$")]
    public static partial Regex CountryCode();

    [GeneratedRegex(@"^\d{5}$")]
    public static partial Regex PostalCode();

    [GeneratedRegex(@"^\d{14}$")]
    public static partial Regex Siret();

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
    public static partial Regex PartialDate();

    [GeneratedRegex(@"^[1278]\d{4}(\d{2}|2[AB])\d{6}(\d{2})?$")]
    public static partial Regex NirPattern();

    [GeneratedRegex(@"^\d{1,15}$")]
    public static partial Regex Allocataire();
}
