using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Hub.Api.Features.Alerts;
using Hub.Api.Features.Operations;
using Hub.Sync;
using Microsoft.Extensions.Configuration;
using YamlDotNet.RepresentationModel;

namespace Hub.Api.Tests.Deployment;

/// <summary>
/// Issue 9: what this machine can check of deploy/ without a container daemon or a cluster (scripts/validate-deploy.sh
/// adds <c>docker-compose config</c>, and <c>helm template</c> where helm exists).
/// </summary>
public sealed partial class DeploymentFilesTests
{
    private static readonly string Root = FindRoot();
    private static readonly string Deploy = Path.Combine(Root, "deploy");
    private static readonly string Chart = Path.Combine(Deploy, "helm", "lda-hub");
    private static readonly string[] HubNodes = ["hub-1", "hub-2"];

    [Fact]
    public void YamlFiles_EveryPlainYamlFile_Parses()
    {
        var files = Directory.EnumerateFiles(Deploy, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}templates{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(["Chart.yaml", "compose.yaml", "values.yaml"], files.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.NotEmpty(Load(f).Children));
    }

    [Fact]
    public void HelmTemplates_EveryValueUsed_IsDeclaredInValuesYaml()
    {
        var values = Load(Path.Combine(Chart, "values.yaml"));
        var templates = Directory.EnumerateFiles(Path.Combine(Chart, "templates")).ToList();

        var used = templates.SelectMany(t => ValuesReference().Matches(File.ReadAllText(t)).Select(m => m.Groups[1].Value)).Distinct(StringComparer.Ordinal).ToList();

        Assert.Contains("probes.readiness.path", used);
        Assert.All(used, path => Assert.True(Resolve(values, path) is not null, $".Values.{path} is used by a template but not declared in values.yaml"));
        Assert.All(templates.Where(t => t.EndsWith(".yaml", StringComparison.Ordinal)), t =>
            Assert.Equal(Count(File.ReadAllText(t), "{{"), Count(File.ReadAllText(t), "}}")));
    }

    [Fact]
    public void HelmValues_ProbesSecurityAndSecrets_AsOperationsNeedThem()
    {
        var values = Load(Path.Combine(Chart, "values.yaml"));

        Assert.Equal("/health/live", Scalar(values, "probes.liveness.path"));
        Assert.Equal("/health/ready", Scalar(values, "probes.readiness.path"));
        Assert.Equal("true", Scalar(values, "securityContext.readOnlyRootFilesystem"));
        Assert.Equal("true", Scalar(values, "podSecurityContext.runAsNonRoot"));
        Assert.Equal("Postgres", Scalar(values, "config.Hub.Sync.Scheduler"));
        // Secrets never sit in the rendered configuration file, only in the Secret.
        var secrets = ((YamlMappingNode)Resolve(values, "secrets")!).Children.Keys.Select(k => k.ToString()).ToList();
        Assert.Contains("Hub__Archive__Keys__k1", secrets);
        Assert.Contains("Hub__Audit__Keys__a1", secrets);
        Assert.Contains("Hub__Database__ConnectionString", secrets);
        Assert.DoesNotContain("Password", File.ReadAllText(Path.Combine(Chart, "templates", "configmap.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_TwoHubNodes_ShareOnePostgresClusterAndTheArchive()
    {
        var services = (YamlMappingNode)Load(Path.Combine(Deploy, "compose.yaml"))["services"];

        Assert.Equal(["hub-1", "hub-2", "minio", "postgres"], services.Children.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal));
        var nodes = HubNodes.Select(n => Merged((YamlMappingNode)services[n])).ToList();
        var environments = nodes.Select(n => Merged((YamlMappingNode)n["environment"])).ToList();
        Assert.All(environments, e => Assert.Equal("Postgres", e["Hub__Sync__Scheduler"].ToString()));
        Assert.Equal(environments[0]["Hub__Database__ConnectionString"].ToString(), environments[1]["Hub__Database__ConnectionString"].ToString());
        Assert.Equal(["hub-1", "hub-2"], environments.Select(e => e["Hub__Sync__NodeId"].ToString()));
        Assert.All(nodes, n => Assert.Equal("true", n["read_only"].ToString()));
    }

    [Fact]
    public void Dockerfile_MultiStage_RunsAsNonRootWithDataAndTempVolumes()
    {
        var lines = File.ReadAllLines(Path.Combine(Deploy, "Dockerfile"));

        Assert.Equal(2, lines.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)));
        var runtime = lines.SkipWhile(l => !l.Contains("AS runtime", StringComparison.Ordinal)).ToList();
        Assert.Contains("USER $APP_UID", runtime);
        Assert.Contains(runtime, l => l.StartsWith("VOLUME", StringComparison.Ordinal) && l.Contains("/data", StringComparison.Ordinal) && l.Contains("/tmp", StringComparison.Ordinal));
        Assert.DoesNotContain(runtime, l => l.StartsWith("USER root", StringComparison.Ordinal));
    }

    [Fact]
    public void ProductionExample_BindsAndValidatesWithTheHubsOptions()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Deploy, "appsettings.Production.example.json"))
            // Given by the environment in a deployment, never in the file.
            .AddInMemoryCollection([new("Hub:Alerts:Webhook:Secret", "0123456789abcdef0123")])
            .Build();

        Assert.Empty(Validate(configuration.GetSection(AlertOptions.SectionName).Get<AlertOptions>()!));
        Assert.Empty(Validate(configuration.GetSection(OperationsOptions.SectionName).Get<OperationsOptions>()!));
        Assert.Empty(Validate(configuration.GetSection(SyncOptions.SectionName).Get<SyncOptions>()!));
        Assert.Equal(6, configuration.GetSection(AlertOptions.SectionName).Get<AlertOptions>()!.ActiveRules.Count());
        var text = File.ReadAllText(Path.Combine(Deploy, "appsettings.Production.example.json"));
        Assert.DoesNotMatch("\"(Secret|Password|ApiToken|HmacKey|Keys)\"\\s*:", text);
    }

    private static List<ValidationResult> Validate(object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    private static YamlMappingNode Load(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>A mapping with its YAML merge keys (<c>&lt;&lt;: *anchor</c>) applied, as compose applies them.</summary>
    private static YamlMappingNode Merged(YamlMappingNode node)
    {
        var merged = new YamlMappingNode();
        foreach (var (key, value) in node.Children.Where(c => c.Key.ToString() != "<<"))
        {
            merged.Add(key, value);
        }

        if (node.Children.TryGetValue(new YamlScalarNode("<<"), out var parent))
        {
            foreach (var (key, value) in Merged((YamlMappingNode)parent).Children.Where(c => !merged.Children.ContainsKey(c.Key)))
            {
                merged.Add(key, value);
            }
        }

        return merged;
    }

    private static YamlNode? Resolve(YamlMappingNode root, string path)
    {
        YamlNode? node = root;
        foreach (var part in path.Split('.'))
        {
            node = node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(part), out var child) ? child : null;
        }

        return node;
    }

    private static string? Scalar(YamlMappingNode root, string path) => (Resolve(root, path) as YamlScalarNode)?.Value;

    private static int Count(string text, string token) => Regex.Count(text, Regex.Escape(token));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Hub.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"\.Values\.([A-Za-z0-9_.]+)")]
    private static partial Regex ValuesReference();
}
