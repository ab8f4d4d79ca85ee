using System.ComponentModel.DataAnnotations;
using Hub.Api.Features.Alerts;
using Microsoft.Extensions.Configuration;

namespace Hub.Api.Tests.Alerts;

/// <summary>Issue 9: a wrong alert rule stops the hub at start and names its key.</summary>
public sealed class AlertOptionsTests
{
    [Theory]
    [InlineData("Kind=Silence;Connector=solis", "Hub:Alerts:Rules:r:Duration is required")]
    [InlineData("Kind=ConnectorFailing", "Hub:Alerts:Rules:r:Threshold is required")]
    [InlineData("Kind=DeadLetters;Threshold=1;Connector=rdvs", "Hub:Alerts:Rules:r:Connector 'rdvs' is not a connector")]
    [InlineData("Kind=Lag;Stream=menages", "Hub:Alerts:Rules:r:Stream needs a Connector")]
    [InlineData("Kind=Lag;Severity=page-me", "Hub:Alerts:Rules:r:Severity must be one of")]
    [InlineData("Kind=CircuitOpen;Duration=-00:01:00", "Hub:Alerts:Rules:r:Duration is required and positive")]
    public void Validate_BadRule_NamesTheKey(string rule, string expected)
    {
        var settings = rule.Split(';').Select(p => p.Split('=')).Select(kv => new KeyValuePair<string, string?>($"Hub:Alerts:Rules:r:{kv[0]}", kv[1]));

        var failures = Validate(settings);

        Assert.Contains(failures, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WebhookWithoutSecret_Refused()
    {
        var failures = Validate([new("Hub:Alerts:Webhook:Url", "https://alerting.example/hook")]);

        Assert.Contains(failures, f => f.StartsWith("Hub:Alerts:Webhook:Secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_EveryKindWellFormed_NoFailure()
    {
        var failures = Validate(
        [
            new("Hub:Alerts:Rules:a:Kind", "ConnectorFailing"), new("Hub:Alerts:Rules:a:Threshold", "3"),
            new("Hub:Alerts:Rules:b:Kind", "CircuitOpen"), new("Hub:Alerts:Rules:b:Duration", "00:15:00"),
            new("Hub:Alerts:Rules:c:Kind", "DeadLetters"), new("Hub:Alerts:Rules:c:Threshold", "0"),
            new("Hub:Alerts:Rules:d:Kind", "Silence"), new("Hub:Alerts:Rules:d:Connector", "solis"), new("Hub:Alerts:Rules:d:Duration", "3.00:00:00"),
            new("Hub:Alerts:Rules:e:Kind", "Lag"), new("Hub:Alerts:Rules:e:Connector", "siao"), new("Hub:Alerts:Rules:e:Stream", "menages"),
        ]);

        Assert.Empty(failures);
    }

    private static List<string> Validate(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var options = new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(AlertOptions.SectionName).Get<AlertOptions>() ?? new AlertOptions();
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage!)];
    }
}
