using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ServiceDesk.Abstractions;

namespace ServiceDesk.Host.Api;

/// <summary>
/// Describes a partial-update field (<see cref="Optional{T}"/>) in the OpenAPI document as the value it wraps: its
/// JSON converter writes the bare value, which the schema generator cannot see by itself.
/// </summary>
public sealed class OptionalSchemaTransformer : IOpenApiSchemaTransformer
{
    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Optional<>))
        {
            return;
        }

        var wrapped = await context.GetOrCreateSchemaAsync(type.GetGenericArguments()[0], null, cancellationToken);
        schema.AllOf = [wrapped];
    }
}
