namespace ServiceDesk.Core.Customers;

/// <summary>What opening a ticket needs to know of its customer user.</summary>
public sealed record KnownCustomer(int Id, string Email, int? CompanyId, int? PersonalAgentId);
