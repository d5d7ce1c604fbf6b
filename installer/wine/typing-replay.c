/*
 * typing-replay.exe: types Vietnamese into a window of thidua.exe the way
 * the Windows input methods do, for the smoke test under wine.
 *
 *   typing-replay BACKSPACE LETTERS WORDS TITLE CHECKFILE
 *   typing-replay keys - KEYWORDS TITLE CHECKFILE
 *
 * The second form types the keys of each word on the keyboard, with no
 * input method, for the app's built-in Telex/VNI mode: KEYWORDS has one word
 * a line, "keys|word" ("Nguyeenx|Nguyễn"), and the field must hold the word
 * after its keys.
 *
 * BACKSPACE  vk    backspaces as VK_BACK key events, scan code 0 (Unikey,
 *                  EVKey, OpenKey by default)
 *            char  backspaces as Unicode packets '\b' (KEYEVENTF_UNICODE;
 *                  Unikey's and EVKey's workaround options for some apps)
 * LETTERS    unicode       new letters as Unicode packets (the default of
 *                          all three)
 *            shift-insert  new letters on the clipboard, pasted with
 *                          Shift+Insert: left Shift, then Insert with
 *                          KEYEVENTF_EXTENDEDKEY and scan code 0 (OpenKey
 *                          with "send key step by step" off)
 *            ctrl-v        the same with Ctrl+V (clipboard modes of other
 *                          input methods)
 * WORDS      a UTF-8 file, one word a line: what the input method leaves in
 *            the field after each keystroke, separated by '|'
 *            ("d|đ|đu|đư|…|đường" for Telex "dduwowngf", VNI "d9u7o7ng2")
 * TITLE      the window to type into (its focused text field)
 * CHECKFILE  the file where the window keeps what the field holds
 *            (thidua.exe --thu-go CHECKFILE)
 *
 * For each keystroke it works out what the input method sends: when the
 * field only gains one ASCII letter the key itself goes through (a
 * physical key event, as when the input method lets it pass); otherwise
 * backspaces back to the first changed letter, then the new letters. After
 * a space between words it goes on with the next word. After every
 * keystroke it waits (up to 5 s) until CHECKFILE holds the expected text,
 * and stops with exit code 1 at the first difference, printing both.
 */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int back_as_char, letters_mode; /* letters: 0 unicode, 1 shift-insert, 2 ctrl-v */
static const WCHAR *checkfile;

static void key(WORD vk, WORD scan, DWORD flags)
{
	INPUT in;
	memset(&in, 0, sizeof in);
	in.type = INPUT_KEYBOARD;
	in.ki.wVk = vk;
	in.ki.wScan = scan;
	in.ki.dwFlags = flags;
	in.ki.dwExtraInfo = 1;
	SendInput(1, &in, sizeof in);
}

static void tap(WORD vk, WORD scan, DWORD flags)
{
	key(vk, scan, flags);
	key(vk, scan, flags | KEYEVENTF_KEYUP);
}

/* physical types c as a keyboard would: its key, with Shift when needed. */
static void physical(WCHAR c)
{
	SHORT k = VkKeyScanW(c);
	WORD vk = LOBYTE(k);
	WORD scan = (WORD)MapVirtualKeyW(vk, MAPVK_VK_TO_VSC);
	if (HIBYTE(k) & 1)
		key(VK_SHIFT, 0x2A, 0);
	tap(vk, scan, 0);
	if (HIBYTE(k) & 1)
		key(VK_SHIFT, 0x2A, KEYEVENTF_KEYUP);
}

static void backspace(void)
{
	if (back_as_char)
		tap(0, '\b', KEYEVENTF_UNICODE);
	else
		tap(VK_BACK, 0, 0);
}

static void set_clipboard(const WCHAR *s, int n)
{
	HGLOBAL h = GlobalAlloc(GMEM_MOVEABLE, (n + 1) * sizeof(WCHAR));
	WCHAR *p = GlobalLock(h);
	memcpy(p, s, n * sizeof(WCHAR));
	p[n] = 0;
	GlobalUnlock(h);
	for (int i = 0; i < 50 && !OpenClipboard(NULL); i++)
		Sleep(20);
	EmptyClipboard();
	SetClipboardData(CF_UNICODETEXT, h);
	CloseClipboard();
}

static void letters(const WCHAR *s, int n)
{
	if (n == 0)
		return;
	switch (letters_mode) {
	case 0:
		for (int i = 0; i < n; i++)
			tap(0, s[i], KEYEVENTF_UNICODE);
		break;
	case 1:
		set_clipboard(s, n);
		key(VK_LSHIFT, 0, 0);
		tap(VK_INSERT, 0, KEYEVENTF_EXTENDEDKEY);
		key(VK_LSHIFT, 0, KEYEVENTF_KEYUP);
		break;
	case 2:
		set_clipboard(s, n);
		key(VK_CONTROL, 0, 0);
		tap('V', 0, 0);
		key(VK_CONTROL, 0, KEYEVENTF_KEYUP);
		break;
	}
}

/* edit sends what turns the field from old into new. */
static void edit(const WCHAR *old, const WCHAR *new)
{
	int p = 0, no = (int)wcslen(old), nn = (int)wcslen(new);
	while (p < no && p < nn && old[p] == new[p])
		p++;
	if (p == no && nn == no + 1 && new[p] < 128) {
		physical(new[p]);
		return;
	}
	for (int i = p; i < no; i++)
		backspace();
	letters(new + p, nn - p);
}

static char *utf8(const WCHAR *s)
{
	int n = WideCharToMultiByte(CP_UTF8, 0, s, -1, NULL, 0, NULL, NULL);
	char *b = malloc(n);
	WideCharToMultiByte(CP_UTF8, 0, s, -1, b, n, NULL, NULL);
	return b;
}

static char *read_all(const WCHAR *path)
{
	FILE *f = _wfopen(path, L"rb");
	if (!f)
		return NULL;
	static char buf[1 << 16];
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = 0;
	return buf;
}

/* settle waits until the field holds want; 0 when it does. */
static int settle(const WCHAR *want, const char *step)
{
	char *w = utf8(want);
	const char *got = "";
	for (int i = 0; i < 250; i++) {
		Sleep(20);
		got = read_all(checkfile);
		if (!got)
			got = "";
		if (strcmp(got, w) == 0) {
			free(w);
			return 0;
		}
	}
	printf("typing-replay: after %s the field holds \"%s\", want \"%s\"\n", step, got, w);
	free(w);
	return 1;
}

/* Wide arguments: the window title is Vietnamese. */
int wmain(int argc, WCHAR **argv)
{
	if (argc != 6) {
		fprintf(stderr, "usage: typing-replay vk|char unicode|shift-insert|ctrl-v WORDS TITLE CHECKFILE\n");
		return 2;
	}
	back_as_char = wcscmp(argv[1], L"char") == 0;
	letters_mode = wcscmp(argv[2], L"shift-insert") == 0 ? 1 : wcscmp(argv[2], L"ctrl-v") == 0 ? 2 : 0;
	checkfile = argv[5];

	static WCHAR text[1 << 14];
	const WCHAR *title = argv[4];
	FILE *f = _wfopen(argv[3], L"rb");
	if (!f) {
		fprintf(stderr, "typing-replay: cannot read %s\n", utf8(argv[3]));
		return 2;
	}
	static char raw[1 << 14];
	raw[fread(raw, 1, sizeof raw - 1, f)] = 0;
	fclose(f);
	MultiByteToWideChar(CP_UTF8, 0, raw, -1, text, 1 << 14);

	HWND win = NULL;
	for (int i = 0; i < 600 && !win; i++) {
		win = FindWindowW(NULL, title);
		if (!win)
			Sleep(100);
	}
	if (!win) {
		fprintf(stderr, "typing-replay: no window \"%s\"\n", utf8(title));
		return 2;
	}
	SetForegroundWindow(win);
	Sleep(1500); /* the window gets its first frame and the focus */

	static WCHAR done[1 << 14], prev[1 << 14], cur[1 << 14];
	done[0] = prev[0] = 0;
	int keys = 0;
	if (wcscmp(argv[1], L"keys") == 0) {
		for (WCHAR *line = wcstok(text, L"\r\n"); line; line = wcstok(NULL, L"\r\n")) {
			WCHAR *bar = wcschr(line, L'|');
			if (!bar)
				continue;
			*bar = 0;
			for (WCHAR *k = line; *k; k++, keys++)
				physical(*k);
			physical(L' ');
			_snwprintf(cur, 1 << 14, L"%ls%ls ", done, bar + 1);
			char step[128];
			snprintf(step, sizeof step, "the keys %s", utf8(line));
			if (settle(cur, step))
				return 1;
			wcscpy(done, cur);
		}
		printf("typing-replay: %d keys typed with the built-in mode arrived as \"%s\"\n", keys, utf8(done));
		return 0;
	}
	for (WCHAR *line = wcstok(text, L"\r\n"); line; line = wcstok(NULL, L"\r\n")) {
		WCHAR *ctx = NULL;
		for (WCHAR *state = wcstok_s(line, L"|", &ctx); state; state = wcstok_s(NULL, L"|", &ctx)) {
			_snwprintf(cur, 1 << 14, L"%ls%ls", done, state);
			edit(prev, cur);
			char step[64];
			snprintf(step, sizeof step, "keystroke %d", ++keys);
			if (settle(cur, step))
				return 1;
			wcscpy(prev, cur);
		}
		wcscpy(done, cur);
		wcscat(done, L" ");
		physical(L' ');
		if (settle(done, "a space"))
			return 1;
		wcscpy(prev, done);
	}
	printf("typing-replay: %d keystrokes (%s backspaces, %s letters) arrived whole: \"%s\"\n",
	       keys, utf8(argv[1]), utf8(argv[2]), utf8(done));
	return 0;
}
