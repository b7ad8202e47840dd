using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TescForce.Domain.Audit;

namespace TescForce.Infrastructure.Data;

/// <summary>Turns the change tracker's added, modified and deleted audited rows into one <see cref="AuditEntry"/> per object.</summary>
internal static class AuditRecorder
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static List<AuditEntry> Collect(DbContext context, string actorId, string? actorName, DateTime at)
    {
        var changes = new Dictionary<(string Type, string Id), ObjectChange>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var type = entry.Metadata.ClrType;
            if (AuditedTypes.Roots.TryGetValue(type, out var root))
            {
                var change = ChangeOf(changes, root.ObjectType, entry.Property(root.KeyProperty).CurrentValue);
                change.State = entry.State;
                AddScalars(entry, change);
            }
            else if (AuditedTypes.Children.TryGetValue(type, out var child))
            {
                var parentKey = entry.Property(child.ParentKeyProperty);
                var change = ChangeOf(changes, child.ObjectType,
                    entry.State == EntityState.Deleted ? parentKey.OriginalValue : parentKey.CurrentValue);
                AddChild(entry, child, change);
            }
        }

        var entries = new List<AuditEntry>();
        foreach (var ((objectType, objectId), change) in changes)
        {
            if (change.ToEntry(objectType, objectId, actorId, actorName, at) is { } auditEntry)
            {
                entries.Add(auditEntry);
            }
        }

        return entries;
    }

    private static ObjectChange ChangeOf(Dictionary<(string, string), ObjectChange> changes, string objectType, object? id)
    {
        var key = (objectType, Convert.ToString(id, CultureInfo.InvariantCulture) ?? "");
        if (!changes.TryGetValue(key, out var change))
        {
            change = new ObjectChange();
            changes[key] = change;
        }

        return change;
    }

    private static void AddScalars(EntityEntry entry, ObjectChange change)
    {
        var type = entry.Metadata.ClrType;
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (AuditedTypes.Ignored.Contains(name) || property.Metadata.IsShadowProperty())
            {
                continue;
            }

            var redacted = AuditedTypes.Redacted.Contains((type, name));
            switch (entry.State)
            {
                case EntityState.Added when property.CurrentValue is not null:
                    change.After[name] = Value(property.CurrentValue, redacted);
                    break;
                case EntityState.Deleted when property.OriginalValue is not null:
                    change.Before[name] = Value(property.OriginalValue, redacted);
                    break;
                case EntityState.Modified when property.IsModified && !Same(property):
                    change.Before[name] = Value(property.OriginalValue, redacted);
                    change.After[name] = Value(property.CurrentValue, redacted);
                    break;
            }
        }
    }

    private static bool Same(PropertyEntry property) =>
        property.Metadata.GetValueComparer().Equals(property.OriginalValue, property.CurrentValue);

    private static void AddChild(EntityEntry entry, AuditedTypes.Child child, ObjectChange change)
    {
        var values = entry.Properties
            .Where(p => p.Metadata.Name != child.ParentKeyProperty && !AuditedTypes.Ignored.Contains(p.Metadata.Name) && !p.Metadata.IsShadowProperty())
            .ToList();
        string Describe(Func<PropertyEntry, object?> value) =>
            string.Join(", ", values.Select(p => $"{p.Metadata.Name}={Text(value(p))}"));

        if (entry.State != EntityState.Added)
        {
            change.Removed(child.Collection).Add(Describe(p => p.OriginalValue));
        }

        if (entry.State != EntityState.Deleted)
        {
            change.Added(child.Collection).Add(Describe(p => p.CurrentValue));
        }
    }

    private static JsonNode? Value(object? value, bool redacted)
    {
        if (redacted)
        {
            return JsonValue.Create(AuditedTypes.RedactedValue);
        }

        return value is string text ? JsonValue.Create(Cut(text)) : JsonSerializer.SerializeToNode(value, Json);
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Cut(string text) =>
        text.Length <= AuditedTypes.MaxTextLength ? text : text[..AuditedTypes.MaxTextLength] + "…";

    /// <summary>What one save did to one object, scalars and child collections together.</summary>
    private sealed class ObjectChange
    {
        private readonly Dictionary<string, List<string>> _removed = [];
        private readonly Dictionary<string, List<string>> _added = [];

        /// <summary>The object's own state; Unchanged when only its children changed.</summary>
        public EntityState State { get; set; } = EntityState.Unchanged;

        public JsonObject Before { get; } = [];

        public JsonObject After { get; } = [];

        public List<string> Removed(string collection) => Of(_removed, collection);

        public List<string> Added(string collection) => Of(_added, collection);

        public AuditEntry? ToEntry(string objectType, string objectId, string actorId, string? actorName, DateTime at)
        {
            AddCollections();
            if (State is EntityState.Modified or EntityState.Unchanged && Before.Count == 0 && After.Count == 0)
            {
                return null; // only bookkeeping moved (a version, a timestamp), or a child list was rewritten as it was
            }

            var action = State switch
            {
                EntityState.Added => AuditActions.Created,
                EntityState.Deleted => AuditActions.Deleted,
                _ when After.ContainsKey("Status") => AuditActions.StatusChanged,
                _ => AuditActions.Updated,
            };
            return new AuditEntry
            {
                At = at, ActorId = Truncate(actorId, AuditEntry.MaxActorLength), ActorName = actorName is null ? null : Truncate(actorName, AuditEntry.MaxActorNameLength),
                Action = action, ObjectType = objectType, ObjectId = objectId,
                Summary = action == AuditActions.StatusChanged ? StatusSummary() : null,
                Before = Before.Count == 0 ? null : Before.ToJsonString(Json),
                After = After.Count == 0 ? null : After.ToJsonString(Json),
            };
        }

        /// <summary>Child rows deleted and added again unchanged (a form that rewrites the list) cancel out.</summary>
        private void AddCollections()
        {
            foreach (var collection in _removed.Keys.Union(_added.Keys).Order(StringComparer.Ordinal))
            {
                var removed = Of(_removed, collection);
                var added = Of(_added, collection);
                foreach (var same in removed.Intersect(added, StringComparer.Ordinal).ToList())
                {
                    removed.Remove(same);
                    added.Remove(same);
                }

                if (removed.Count == 0 && added.Count == 0)
                {
                    continue;
                }

                Before[collection] = new JsonArray([.. removed.Order(StringComparer.Ordinal).Select(r => (JsonNode?)JsonValue.Create(r))]);
                After[collection] = new JsonArray([.. added.Order(StringComparer.Ordinal).Select(a => (JsonNode?)JsonValue.Create(a))]);
            }
        }

        private string StatusSummary()
        {
            var summary = $"{Before["Status"]?.GetValue<string>()} → {After["Status"]?.GetValue<string>()}";
            var reason = AuditedTypes.ReasonProperties.Select(p => After[p]?.GetValue<string>()).FirstOrDefault(r => !string.IsNullOrWhiteSpace(r));
            return Truncate(reason is null ? summary : $"{summary}: {reason}", AuditEntry.MaxSummaryLength);
        }

        private static List<string> Of(Dictionary<string, List<string>> lists, string collection)
        {
            if (!lists.TryGetValue(collection, out var list))
            {
                list = [];
                lists[collection] = list;
            }

            return list;
        }

        private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
    }
}
