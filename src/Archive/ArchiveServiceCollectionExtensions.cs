using Azure.Storage.Blobs;
using Hub.Archive.Backends;
using Hub.Archive.Encryption;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Minio;

namespace Hub.Archive;

public static class ArchiveServiceCollectionExtensions
{
    /// <summary>Registers the payload archive on the configured backend (<c>Hub:Archive</c>), options validated at start.</summary>
    /// <param name="dataDirectory">Resolves the default folder and the local development key.</param>
    public static IServiceCollection AddHubArchive(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, string> dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ArchiveOptions>().BindConfiguration(ArchiveOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => ArchiveKeyRingFactory.Create(
            sp.GetRequiredService<IOptions<ArchiveOptions>>().Value, sp.GetRequiredService<IHostEnvironment>(), dataDirectory(sp)));
        services.AddSingleton<IBlobBackend>(sp => CreateBackend(sp.GetRequiredService<IOptions<ArchiveOptions>>().Value, dataDirectory(sp)));
        services.AddSingleton<IArchiveIndex, EfArchiveIndex>();
        services.AddHostedService<ArchiveStartupCheck>();
        services.AddSingleton<IPayloadArchive>(sp => new PayloadArchive(
            sp.GetRequiredService<IBlobBackend>(), sp.GetRequiredService<IArchiveIndex>(), sp.GetRequiredService<ArchiveKeyRing>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System, sp.GetRequiredService<IOptions<ArchiveOptions>>()));
        return services;
    }

    private static IBlobBackend CreateBackend(ArchiveOptions options, string dataDirectory) => options.Backend switch
    {
        ArchiveBackend.AzureBlob => new AzureBlobBackend(new BlobContainerClient(options.AzureConnectionString, options.Container)),
        ArchiveBackend.S3 => new S3BlobBackend(CreateMinio(options), options.S3Bucket),
        _ => new FileSystemBlobBackend(options.Path ?? Path.Combine(dataDirectory, "archive")),
    };

    private static IMinioClient CreateMinio(ArchiveOptions options)
    {
        var client = new MinioClient().WithEndpoint(options.S3Endpoint).WithCredentials(options.S3AccessKey, options.S3SecretKey).WithSSL(options.S3UseSsl);
        if (options.S3Region is { Length: > 0 } region)
        {
            client = client.WithRegion(region);
        }

        return client.Build();
    }
}
