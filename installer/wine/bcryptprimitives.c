/*
 * bcryptprimitives.dll for wine 8, which lacks it: Go's runtime (1.24 and
 * later) takes its random numbers from ProcessPrng, which Windows 10 and 11
 * have. Used only by the smoke test that runs thidua.exe under wine; it
 * answers with RtlGenRandom (advapi32 SystemFunction036).
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
