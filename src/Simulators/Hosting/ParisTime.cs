namespace Hub.Simulators.Hosting;

/// <summary>Timestamps as a French partner writes them: Europe/Paris local time with its offset (+01:00 / +02:00).</summary>
internal static class ParisTime
{
    private static readonly TimeZoneInfo Zone = Find();

    public static DateTimeOffset At(DateOnly date, int minuteOfDay)
    {
        var local = date.ToDateTime(new TimeOnly(minuteOfDay / 60 % 24, minuteOfDay % 60));
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public static DateTimeOffset ToParis(DateTimeOffset instant)
    {
        var truncated = new DateTimeOffset(instant.Ticks - (instant.Ticks % TimeSpan.TicksPerSecond), instant.Offset);
        return TimeZoneInfo.ConvertTime(truncated, Zone);
    }

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Europe/Paris", TimeSpan.FromHours(1), "Europe/Paris", "CET");
        }
    }
}
