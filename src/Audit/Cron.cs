using Quartz;

namespace Hub.Audit;

/// <summary>Checks a Quartz cron expression at start, so a typo stops the hub instead of silently never firing.</summary>
public static class Cron
{
    public static bool IsValid(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return false;
        }

        try
        {
            _ = new CronExpression(expression);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
