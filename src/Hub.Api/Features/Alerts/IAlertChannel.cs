namespace Hub.Api.Features.Alerts;

/// <summary>A way to tell people (webhook, e-mail). A channel not configured is skipped.</summary>
public interface IAlertChannel
{
    string Name { get; }

    bool IsConfigured { get; }

    Task SendAsync(AlertNotice notice, CancellationToken cancellationToken);
}
