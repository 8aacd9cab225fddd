import { HomeRedirect } from '@/components/auth/HomeRedirect';

export default function Home() {
  return <HomeRedirect />;
}
