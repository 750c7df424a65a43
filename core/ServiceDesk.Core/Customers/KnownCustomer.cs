namespace ServiceDesk.Core.Customers;

/// <summary>What opening a ticket, or adding a message of theirs, needs to know of a customer user.</summary>
public sealed record KnownCustomer(int Id, string Email, int? CompanyId, int? PersonalAgentId, string? FirstName, string? LastName);
