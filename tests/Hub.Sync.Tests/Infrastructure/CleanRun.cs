namespace Hub.Sync.Tests.Infrastructure;

/// <summary>An undisturbed run of one stream from an empty hub: what the store held, pages read, calls the partner saw.</summary>
public sealed record CleanRun(StoreSnapshot Snapshot, int Pages, long Calls);
