using Quartz;

namespace Hub.Sync.Scheduling;

/// <summary>Quartz identities: one job per connector stream, plus the outbox dispatcher.</summary>
public static class SyncJobKeys
{
    public const string Group = "sync";
    public const string ConnectorKey = "connector";
    public const string StreamKey = "stream";
    public const string TriggerKey = "trigger";

    public static JobKey Stream(string connector, string stream) => new($"{connector}.{stream}", Group);

    public static TriggerKey Schedule(string connector, string stream) => new($"{connector}.{stream}.cron", Group);

    public static JobKey Dispatcher { get; } = new("outbox-dispatcher", Group);
}
