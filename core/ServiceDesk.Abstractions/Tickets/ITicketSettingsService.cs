using ServiceDesk.Abstractions.Security;

namespace ServiceDesk.Abstractions.Tickets;

/// <summary>States and custom fields: read by everyone who works tickets, changed by administrators.</summary>
public interface ITicketSettingsService
{
    /// <summary>Lists states by name.</summary>
    Task<IReadOnlyList<StateInfo>> ListStatesAsync(CancellationToken cancellationToken);

    /// <summary>Adds a state of an existing type.</summary>
    Task<StateInfo> CreateStateAsync(Actor actor, StateCommand command, CancellationToken cancellationToken);

    /// <summary>Renames or retires a state.</summary>
    Task<StateInfo> UpdateStateAsync(Actor actor, int id, StateCommand command, CancellationToken cancellationToken);

    /// <summary>Lists custom field definitions by name.</summary>
    Task<IReadOnlyList<CustomFieldInfo>> ListFieldsAsync(CancellationToken cancellationToken);

    /// <summary>Defines a custom field.</summary>
    Task<CustomFieldInfo> CreateFieldAsync(Actor actor, CustomFieldCommand command, CancellationToken cancellationToken);

    /// <summary>Changes a custom field definition.</summary>
    Task<CustomFieldInfo> UpdateFieldAsync(Actor actor, int id, CustomFieldCommand command, CancellationToken cancellationToken);
}
