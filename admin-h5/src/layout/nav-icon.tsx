/** Inline outline icons, so the bundle carries only the few the navigation uses and they follow `currentColor`. */
const PATHS = {
  dashboard: 'M4 4h7v7H4zM13 4h7v4h-7zM13 10h7v10h-7zM4 13h7v7H4z',
  approvals: 'M9 3h6v3H9zM7 4.5H5V21h14V4.5h-2M8.5 13.5l2.5 2.5 4.5-4.5',
  rooms: 'M3.5 11L12 3.5l8.5 7.5M6 9v11h12V9M10 20v-5h4v5',
  residents:
    'M9 11a3 3 0 100-6 3 3 0 000 6zM3 20c0-3.3 2.7-6 6-6s6 2.7 6 6M16 5.3a3 3 0 010 5.4M18.5 14.5c1.6.9 2.5 2.9 2.5 5.5',
  devices: 'M4 21h16M6 21V3h12v18M14.5 12v1.5',
  accessLog: 'M12 21a9 9 0 100-18 9 9 0 000 18zM12 7v5l3.5 2',
  visitors: 'M9 11a3 3 0 100-6 3 3 0 000 6zM3 20c0-3.3 2.7-6 6-6s6 2.7 6 6M15.5 8.5h6M18.5 5.5v6',
  places: 'M12 21s-7-6.2-7-11a7 7 0 0114 0c0 4.8-7 11-7 11zM12 12.5a2.5 2.5 0 100-5 2.5 2.5 0 000 5z',
  repairs: 'M14.5 6.5a4 4 0 00-5.3 5.3L4 17l3 3 5.2-5.2a4 4 0 005.3-5.3l-2.5 2.5-2.3-.7-.7-2.3z',
  jobs: 'M8 4h8v3H8zM6 5.5H4V21h16V5.5h-2M8 12h8M8 16h5',
  import: 'M12 15V4M7.5 8.5L12 4l4.5 4.5M4 14v6h16v-6',
  staff: 'M3 5h18v14H3zM8 12a2 2 0 100-4 2 2 0 000 4zM5 16.5c.5-1.8 1.6-2.7 3-2.7s2.5.9 3 2.7M14 9h4M14 13h4',
  outbox: 'M3 6h18v12H3zM3 6.5l9 6.5 9-6.5',
} as const;

export type NavIconName = keyof typeof PATHS;

export function NavIcon({ name }: { name: NavIconName }) {
  return (
    <svg
      className="nav-icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
