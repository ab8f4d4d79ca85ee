using System.Globalization;

namespace Hub.Storage.Resources;

/// <summary>The one textual form of an instant the hub writes: UTC, millisecond precision, <c>Z</c> suffix.</summary>
public static class FhirInstant
{
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
