namespace Hub.Sync.Runs;

public static class RunStatus
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Skipped = "skipped";
}

public static class RunTrigger
{
    public const string Scheduled = "scheduled";
    public const string Manual = "manual";
    public const string Push = "push";
}
