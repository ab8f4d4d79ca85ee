using Microsoft.EntityFrameworkCore;

namespace Hub.Storage.Postgres;

/// <summary>The production store on PostgreSQL.</summary>
public sealed class PostgresHubDbContext(DbContextOptions<PostgresHubDbContext> options) : HubDbContext(options);
