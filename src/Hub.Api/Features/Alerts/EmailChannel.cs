using System.Globalization;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Hub.Api.Features.Alerts;

/// <summary>Sends the notice by SMTP (MailKit) to <c>Hub:Alerts:Email:To</c>.</summary>
internal sealed class EmailChannel(IOptionsMonitor<AlertOptions> options) : IAlertChannel
{
    public string Name => "email";

    public bool IsConfigured => options.CurrentValue.Email.Host is not null;

    public async Task SendAsync(AlertNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var email = options.CurrentValue.Email;
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(email.From!));
        foreach (var to in email.To)
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        message.Subject = $"[LDA Hub] {notice.Status.ToUpperInvariant()} {notice.Severity}: {notice.Rule} on {notice.Subject}";
        message.Body = new TextPart("plain") { Text = Body(notice) };
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(email.Host!, email.Port, email.Security, cancellationToken);
        if (email.Username is not null)
        {
            await smtp.AuthenticateAsync(email.Username, email.Password ?? "", cancellationToken);
        }

        await smtp.SendAsync(message, cancellationToken);
        await smtp.DisconnectAsync(quit: true, cancellationToken);
    }

    private static string Body(AlertNotice notice) => string.Create(CultureInfo.InvariantCulture, $"""
        Rule:     {notice.Rule} ({notice.Kind}, {notice.Severity})
        Subject:  {notice.Subject}
        Status:   {notice.Status}
        Summary:  {notice.Summary}
        Since:    {notice.Since:u}
        Fired:    {notice.FiredAt:u}
        Resolved: {notice.ResolvedAt:u}
        Hub:      {notice.Hub}
        Incident: {notice.IncidentId}

        Details: GET /api/alerts and /api/sync/connectors/{notice.Subject.Split('/')[0]} on the hub (admin token).
        """);
}
