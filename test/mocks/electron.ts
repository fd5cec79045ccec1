// A recording stand-in for the parts of Electron the main process uses. Tests inspect `calls` and the
// registered handlers to assert what the app set up, and drive the handlers directly.
type Listener = (...args: any[]) => any;

export const recorded = {
  ipcHandlers: new Map<string, Listener>(),
  schemes: [] as unknown[],
  protocolHandlers: new Map<string, Listener>(),
  openedExternally: [] as string[],
  windows: [] as BrowserWindow[],
  menuTemplate: null as unknown,
  errorBoxes: [] as [string, string][],
};

export function resetMocks(): void {
  recorded.ipcHandlers.clear();
  recorded.schemes.length = 0;
  recorded.protocolHandlers.clear();
  recorded.openedExternally.length = 0;
  recorded.windows.length = 0;
  recorded.menuTemplate = null;
  recorded.errorBoxes.length = 0;
}

export const ipcMain = {
  handle(channel: string, listener: Listener) {
    recorded.ipcHandlers.set(channel, listener);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]) {
    recorded.schemes.push(...schemes);
  },
  handle(scheme: string, handler: Listener) {
    recorded.protocolHandlers.set(scheme, handler);
  },
};

export const shell = {
  async openExternal(url: string) {
    recorded.openedExternally.push(url);
  },
};

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]) {
    for (const l of this.listeners.get(event) ?? []) l(...args);
  }
}

class WebContents extends Emitter {
  windowOpenHandler: Listener | null = null;
  loadedUrl = '';
  sent: unknown[][] = [];
  setWindowOpenHandler(handler: Listener) {
    this.windowOpenHandler = handler;
  }
  send(...args: unknown[]) {
    this.sent.push(args);
  }
}

export class BrowserWindow extends Emitter {
  readonly webContents = new WebContents();
  constructor(readonly options: Record<string, any>) {
    super();
    recorded.windows.push(this);
  }
  async loadURL(url: string) {
    this.webContents.loadedUrl = url;
  }
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
}

export class Session {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  beforeRequest: Listener | null = null;
  setPermissionRequestHandler(handler: Listener) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener) {
    this.permissionCheckHandler = handler;
  }
  webRequest = {
    onBeforeRequest: (listener: Listener) => {
      this.beforeRequest = listener;
    },
  };
}

export const session = { defaultSession: new Session() };

export const Menu = {
  buildFromTemplate(template: unknown) {
    recorded.menuTemplate = template;
    return template;
  },
  setApplicationMenu() {},
};

export const app = { isPackaged: false };

export const dialog = {
  showErrorBox(title: string, message: string) {
    recorded.errorBoxes.push([title, message]);
  },
  async showOpenDialog() {
    return { canceled: true, filePaths: [] };
  },
  async showSaveDialog() {
    return { canceled: true, filePath: undefined };
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown) {
    this.exposed.set(key, api);
  },
};

export const ipcRenderer = {
  invoked: [] as unknown[][],
  async invoke(...args: unknown[]) {
    this.invoked.push(args);
    return { ok: true, value: null };
  },
  on() {},
};
