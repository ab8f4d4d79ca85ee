using System.Globalization;

namespace Hub.Api.Console;

/// <summary>French formats for the console: dates in Paris time, numbers with French separators, state labels.</summary>
public static class Fr
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The agents' time zone; UTC where the machine has no time zone data.</summary>
    public static TimeZoneInfo Paris { get; } = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Paris", out var zone) ? zone : TimeZoneInfo.Utc;

    public static string DateTime(DateTimeOffset? instant) =>
        instant is { } value ? TimeZoneInfo.ConvertTime(value, Paris).ToString("dd/MM/yyyy HH:mm:ss", Culture) : "—";

    public static string Date(DateTimeOffset? instant) =>
        instant is { } value ? TimeZoneInfo.ConvertTime(value, Paris).ToString("dd/MM/yyyy", Culture) : "—";

    /// <summary>A FHIR date or date-time as the partner gave it (possibly partial: 1984, 1984-03).</summary>
    public static string FhirDate(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "—";
        }

        if (text.Length > 10 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return DateTime(instant);
        }

        var parts = text.Split('-');
        return string.Join('/', parts.Reverse());
    }

    public static string Number(long value) => value.ToString("N0", Culture);

    /// <summary>A rate with one decimal, French separators: "12,5".</summary>
    public static string Decimal(double value) => value.ToString("N1", Culture);

    /// <summary>"14:00" in Paris time.</summary>
    public static string Time(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Paris).ToString("HH:mm", Culture);

    /// <summary>"12/03 14:00" in Paris time.</summary>
    public static string DayTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Paris).ToString("dd/MM HH:mm", Culture);

    /// <summary>"12/03" in Paris time.</summary>
    public static string Day(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Paris).ToString("dd/MM", Culture);

    public static string Duration(double? seconds)
    {
        if (seconds is not { } s)
        {
            return "—";
        }

        var span = TimeSpan.FromSeconds(Math.Round(s));
        return span.TotalDays >= 1 ? $"{(int)span.TotalDays} j {span.Hours} h"
            : span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes} min"
            : span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes} min {span.Seconds} s"
            : $"{span.Seconds} s";
    }

    public static string Connector(string name) => name switch
    {
        "siao" => "SI-SIAO",
        "solis" => "SOLIS",
        "caf" => "CAF",
        "cpam" => "CPAM",
        "hub" => "Hub",
        _ => name,
    };

    public static string State(string state) => state switch
    {
        "running" => "En cours",
        "idle" => "En attente",
        "paused" => "En pause",
        "failing" => "En échec",
        "circuit-open" => "Circuit ouvert",
        "disabled" => "Désactivé",
        "succeeded" => "Réussie",
        "failed" => "Échouée",
        "skipped" => "Ignorée",
        "open" => "Ouvert",
        "replayed" => "Rejoué",
        "resolved" => "Résolu",
        _ => state,
    };

    /// <summary>DSFR badge modifier: success, error, warning, info or new.</summary>
    public static string Badge(string state) => state switch
    {
        "idle" or "succeeded" or "replayed" or "resolved" => "fr-badge--success",
        "failing" or "circuit-open" or "failed" => "fr-badge--error",
        "paused" or "open" => "fr-badge--warning",
        "running" => "fr-badge--info",
        _ => "fr-badge--new",
    };
}
