import { Notice } from '../ui/notice';

export function NotAllowed({ role }: { role: string }) {
  return <Notice tone="error">Your role ({role.toLowerCase()}) cannot open this page. Ask an owner or manager.</Notice>;
}
