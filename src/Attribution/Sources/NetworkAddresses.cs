using System.Net;
using System.Net.Sockets;

namespace Attribution.Sources;

/// <summary>Addresses a fetch of a cited page must not reach unless asked: the machine itself and the networks behind it.</summary>
public static class NetworkAddresses
{
    /// <summary>
    /// True for loopback, private (RFC 1918, unique local), link-local, carrier-grade NAT, unspecified, multicast,
    /// benchmarking and reserved addresses, IPv4 ones written as IPv6 (::ffff:10.0.0.1, 64:ff9b::10.0.0.1) included.
    /// </summary>
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 or 10 or 127 => true,
                100 => b[1] >= 64 && b[1] < 128,
                169 => b[1] == 254,
                172 => b[1] >= 16 && b[1] < 32,
                192 => (b[1] == 168) || (b[1] == 0 && b[2] == 0),
                198 => b[1] is 18 or 19,
                >= 224 => true,
                _ => false,
            };
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return true;
        }
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast)
        {
            return true;
        }
        var bytes = address.GetAddressBytes();
        if ((bytes[0] & 0xFE) == 0xFC)
        {
            return true; // fc00::/7, unique local
        }
        if (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xFF && bytes[3] == 0x9B && bytes.Skip(4).Take(8).All(x => x == 0))
        {
            return IsPrivate(new IPAddress(bytes[12..])); // 64:ff9b::/96 carries an IPv4 address
        }
        return false;
    }
}
