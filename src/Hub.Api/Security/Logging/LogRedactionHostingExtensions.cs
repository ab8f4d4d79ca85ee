using System.Security.Cryptography;
using Hub.Canonical.Privacy;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Api.Security.Logging;

/// <summary>
/// Logs without personal data (issue 6, part 5). Three layers: the code logs ids and codes, never values (the real
/// protection); values marked with <see cref="HubTaxonomy"/> classes are redacted by the logging pipeline (personal data
/// erased, pseudonymous ids HMAC-ed); and every sink sits behind <see cref="ScrubbingLoggerProvider"/>, which masks
/// NIR-shaped numbers and URL query strings in whatever reaches it (framework messages, exception texts).
/// </summary>
public static class LogRedactionHostingExtensions
{
    public static IHostApplicationBuilder AddHubLogRedaction(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = builder.Configuration.GetSection(LogRedactionOptions.SectionName).Get<LogRedactionOptions>() ?? new LogRedactionOptions();
        builder.Logging.EnableRedaction();
        builder.Services.AddRedaction(redaction =>
        {
            redaction.SetRedactor<ErasingRedactor>(new DataClassificationSet(HubTaxonomy.PersonalData));
#pragma warning disable EXTEXP0002 // The HMAC redactor is marked experimental; its output format is all the hub relies on.
            redaction.SetHmacRedactor(
                o =>
                {
                    o.Key = settings.HmacKey ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
                    o.KeyId = settings.HmacKeyId;
                },
                new DataClassificationSet(HubTaxonomy.PseudonymousId));
#pragma warning restore EXTEXP0002
            // A value classified with a class the hub does not know is erased, not printed.
            redaction.SetFallbackRedactor<ErasingRedactor>();
        });
        WrapEverySink(builder.Services);
        return builder;
    }

    /// <summary>
    /// The logger factory is built with every registered sink wrapped. Wrapping the factory instead would put the
    /// scrubber in front of the redaction step and hide the classified values from it. Sinks registered later (a test's
    /// capture provider) are wrapped too: the providers are resolved when the factory is first built.
    /// </summary>
    private static void WrapEverySink(IServiceCollection services)
    {
        var factory = services.LastOrDefault(d => d.ServiceType == typeof(ILoggerFactory) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("No logger factory is registered.");
        var implementation = factory.ImplementationType
            ?? throw new InvalidOperationException($"The logger factory is registered as {factory}; the log scrubber needs its type.");
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp =>
        {
            IEnumerable<ILoggerProvider> sinks = [.. sp.GetServices<ILoggerProvider>().Select(p => new ScrubbingLoggerProvider(p))];
            return Create(sp, implementation, sinks);
        }));
    }

    /// <summary>
    /// The factory's widest public constructor, with the wrapped sinks as its providers and every other parameter from the
    /// container (null when optional and absent), as the container itself would have built it.
    /// </summary>
    private static ILoggerFactory Create(IServiceProvider services, Type implementation, IEnumerable<ILoggerProvider> sinks)
    {
        var constructor = implementation.GetConstructors().MaxBy(c => c.GetParameters().Length)
            ?? throw new InvalidOperationException($"{implementation} has no public constructor.");
        var arguments = constructor.GetParameters()
            .Select(p => p.ParameterType == typeof(IEnumerable<ILoggerProvider>) ? sinks
                : services.GetService(p.ParameterType) ?? (p.HasDefaultValue ? p.DefaultValue : null))
            .ToArray();
        return (ILoggerFactory)constructor.Invoke(arguments);
    }
}
